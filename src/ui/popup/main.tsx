import { render } from 'preact';
import { setupStoreLifecycle } from '../lifecycle';
import { Popup } from './Popup';

setupStoreLifecycle();
render(<Popup />, document.getElementById('app')!);
