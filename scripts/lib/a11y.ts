// Finds and clicks controls by accessible role and name through the browser's accessibility
// tree (CDP). Unlike DOM selectors this reaches into CLOSED shadow roots, as assistive
// technology does; and the click is a real input event (isTrusted), like a moderator's.
import type { CDPSession, Page } from 'playwright-core';

interface AXNode {
  backendDOMNodeId?: number;
  name?: { value?: string };
  role?: { value?: string };
  ignored?: boolean;
}

async function session(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('Accessibility.enable');
  return cdp;
}

/** Accessible names of all controls with `role` whose name matches `name`. */
export async function findByRole(page: Page, role: string, name: RegExp): Promise<{ backendNodeId: number; name: string }[]> {
  const cdp = await session(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { backendNodeId: number } };
    const { nodes } = (await cdp.send('Accessibility.queryAXTree', { backendNodeId: root.backendNodeId, role })) as { nodes: AXNode[] };
    return nodes
      .filter((n) => !n.ignored && n.backendDOMNodeId !== undefined && name.test(n.name?.value ?? ''))
      .map((n) => ({ backendNodeId: n.backendDOMNodeId!, name: n.name?.value ?? '' }));
  } finally {
    await cdp.detach();
  }
}

/** Scrolls the `nth` matching control into view and clicks its centre with the mouse. */
export async function clickByRole(page: Page, role: string, name: RegExp, nth = 0): Promise<string> {
  const found = await findByRole(page, role, name);
  const target = found[nth];
  if (!target) throw new Error(`No ${role} named ${name} (found ${found.length})`);
  const { x, y } = await centreOf(page, target.backendNodeId);
  await page.mouse.click(x, y);
  return target.name;
}

/** Scrolls a node (found by `findByRole`, closed shadow roots included) into view; the centre of its box, in viewport pixels. */
export async function centreOf(page: Page, backendNodeId: number): Promise<{ x: number; y: number }> {
  const cdp = await session(page);
  try {
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { content: number[] } };
    const q = model.content;
    return { x: (q[0]! + q[2]! + q[4]! + q[6]!) / 4, y: (q[1]! + q[3]! + q[5]! + q[7]!) / 4 };
  } finally {
    await cdp.detach();
  }
}

/** Polls until a control with `role` and `name` exists (or throws after `timeoutMs`). */
export async function waitForRole(page: Page, role: string, name: RegExp, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = await findByRole(page, role, name);
    if (found[0]) return found[0].name;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${role} named ${name}`);
    await page.waitForTimeout(100);
  }
}
