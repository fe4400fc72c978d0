import { render } from 'preact';
import { setupStoreLifecycle } from '../lifecycle';
import { History } from './History';

setupStoreLifecycle();
render(<History />, document.getElementById('app')!);
