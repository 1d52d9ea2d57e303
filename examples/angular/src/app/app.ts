import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { ChannelChangeDetail, FeedbackChannel, LanguageChangeDetail, RatingScale } from 'victim-care-elements';

// CUSTOM_ELEMENTS_SCHEMA is all Angular needs: it lets templates use the tags, their attributes,
// properties and events. (It also means Angular does not check their names.)
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Feedback</h1>
      <form (submit)="onSubmit($event)">
        <rating-scale
          id="rating"
          name="rating"
          [max]="5"
          required
          comment="off"
          question="How did we do today?"
          (change)="onRating($event)"
        ></rating-scale>
        <feedback-channel-picker
          id="picker"
          channels="web sms phone"
          web-href="https://www.example.police.uk/feedback"
          sms-number="07700 900123"
          phone-number="0800 123 4567"
          phone-hours="Mo-Fr 08:00-20:00"
          organisation="Example Police"
          (channel-change)="onChannel($event)"
        ></feedback-channel-picker>
        <button type="submit">Submit</button>
      </form>
      <p id="rating-out">Rating: {{ rating() ?? 'none' }}</p>
      <p id="channel-out">Channel: {{ channel() ?? 'none' }}</p>
      <p id="submitted-out">Submitted: {{ submitted() }}</p>
      <qr-badge id="qr" value="https://www.example.police.uk/feedback?src=qr" error-correction="Q" size="8rem" [hideUrl]="false" downloadable></qr-badge>
      <rights-leaflet id="leaflet" languages="en cy" [headingLevel]="3" organisation="Example Police" (language-change)="onLanguage($event)"></rights-leaflet>
      <p id="language-out">Language: {{ language() }}</p>
    </main>
  `,
})
export class App {
  readonly rating = signal<number | null>(null);
  readonly channel = signal<FeedbackChannel | null>(null);
  readonly language = signal('en');
  readonly submitted = signal('');

  onRating(event: Event): void {
    this.rating.set((event.currentTarget as RatingScale).value);
  }

  onChannel(event: Event): void {
    this.channel.set((event as CustomEvent<ChannelChangeDetail>).detail.channel);
  }

  onLanguage(event: Event): void {
    this.language.set((event as CustomEvent<LanguageChangeDetail>).detail.lang);
  }

  onSubmit(event: Event): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    this.submitted.set([...new FormData(form)].map(([key, value]) => `${key}=${String(value)}`).join('&'));
  }
}
