import { render } from 'preact';
import { History } from './History';

render(<History />, document.getElementById('app')!);
