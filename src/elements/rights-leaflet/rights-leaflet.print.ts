import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Every detail open on paper: opens the closed `<details>` of the host's shadow root before the
 * page prints (`beforeprint`, or `print()`) and closes again afterwards only those it opened, so
 * the person finds the leaflet as they left it.
 */
export class PrintExpansionController implements ReactiveController {
  private openedForPrint: HTMLDetailsElement[] = [];

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.expand);
    window.addEventListener('afterprint', this.restore);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.expand);
    window.removeEventListener('afterprint', this.restore);
  }

  /** Prints with every detail open, then closes again what was closed. */
  print(): void {
    this.expand();
    try {
      window.print();
    } finally {
      this.restore();
    }
  }

  private readonly expand = (): void => {
    if (this.openedForPrint.length) return;
    const closed = [...this.host.renderRoot.querySelectorAll('details')].filter((details) => !details.open);
    for (const details of closed) details.open = true;
    this.openedForPrint = closed;
  };

  private readonly restore = (): void => {
    for (const details of this.openedForPrint) details.open = false;
    this.openedForPrint = [];
  };
}
