import { render } from 'preact';
import { setupStoreLifecycle } from '../lifecycle';
import { SettingsPage } from './SettingsPage';

setupStoreLifecycle();
render(<SettingsPage />, document.getElementById('app')!);
