import { render } from 'preact';
import { SettingsPage } from './SettingsPage';

render(<SettingsPage />, document.getElementById('app')!);
