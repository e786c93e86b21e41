import { render } from 'preact';

function Popup() {
  return <main>ChipLens</main>;
}
render(<Popup />, document.getElementById('app')!);
