/**
 * `<timeline-filter>`: filters the timeline by topic and status. Progressive enhancement: the
 * form is hidden in the HTML and shown only here, so without JavaScript the full list shows.
 * Events carry `data-topics` and `data-status`; the choice is kept in the query string
 * (`?topic=kursk&status=disputed`) so a filtered view can be linked, and carried along the links
 * to other months marked `data-keep-filter` (a choice a month has no option for is dropped there).
 */
class TimelineFilter extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const count = this.querySelector('[data-count]');
    if (!form || !count) return;
    const events = [...this.querySelectorAll<HTMLElement>('[data-status]')];
    const months = [...this.querySelectorAll<HTMLElement>('[data-month]')];
    const params = new URLSearchParams(location.search);
    for (const select of form.querySelectorAll('select')) {
      const wanted = params.get(select.name);
      if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
    }
    const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;
    const apply = () => {
      const topic = value('topic');
      const status = value('status');
      let shown = 0;
      for (const event of events) {
        const match =
          (!topic || (event.dataset['topics'] ?? '').split(' ').includes(topic)) &&
          (!status || event.dataset['status'] === status);
        event.hidden = !match;
        if (match) shown += 1;
      }
      for (const month of months) month.hidden = !month.querySelector('[data-status]:not([hidden])');
      count.textContent = `Showing ${shown} of ${events.length} events.`;
      const query = new URLSearchParams();
      if (topic) query.set('topic', topic);
      if (status) query.set('status', status);
      const search = query.size ? `?${query}` : '';
      if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-filter]')) link.search = search;
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', (event) => event.preventDefault());
    form.hidden = false;
    apply();
  }
}

customElements.define('timeline-filter', TimelineFilter);
