/**
 * `<timeline-moved>`: follows an old link to an event on a year page (`/timeline/2025/#event-…`,
 * from when the year page told every event) to the month page that now holds it. The year page
 * lists its month pages (links marked `data-event-page`); this fetches them in turn, at most one
 * per month and part, and goes to the first that has the anchor. Without JavaScript, or when no
 * month has it, the page's own words say where to look.
 */
class TimelineMoved extends HTMLElement {
  connectedCallback(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id.startsWith('event-') || document.getElementById(id)) return;
    void this.follow(id);
  }

  private async follow(id: string): Promise<void> {
    const status = this.querySelector('[data-moved-status]');
    const say = (text: string) => {
      if (status) status.textContent = ` ${text}`;
    };
    say('Looking for the event this link points to…');
    const pages = [...new Set([...this.querySelectorAll<HTMLAnchorElement>('a[data-event-page]')].map((a) => a.href))];
    for (const page of pages) {
      try {
        const response = await fetch(page);
        if (!response.ok) continue;
        const html = new DOMParser().parseFromString(await response.text(), 'text/html');
        if (html.getElementById(id)) {
          location.replace(`${page}#${encodeURIComponent(id)}`);
          return;
        }
      } catch {
        break;
      }
    }
    say('No month of this year holds that event now; search for it instead.');
  }
}

customElements.define('timeline-moved', TimelineMoved);
