// Every element in a strict React 19 app, typed by victim-care-elements/react (generated from
// custom-elements.json): no declarations of our own.
import type {} from 'victim-care-elements/react';
import 'victim-care-elements';
import type { FeedbackChannel } from 'victim-care-elements';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [rating, setRating] = useState<number | null>(null);
  const [channel, setChannel] = useState<FeedbackChannel | null>(null);
  const [language, setLanguage] = useState('en');
  const [submitted, setSubmitted] = useState('');
  return (
    <main>
      <h1>Feedback</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted([...new FormData(event.currentTarget)].map(([key, value]) => `${key}=${String(value)}`).join('&'));
        }}
      >
        <rating-scale
          id="rating"
          name="rating"
          max={5}
          required
          comment="off"
          question="How did we do today?"
          onchange={(event) => setRating((event.currentTarget as HTMLElementTagNameMap['rating-scale']).value)}
        />
        <feedback-channel-picker
          id="picker"
          channels="web sms phone"
          web-href="https://www.example.police.uk/feedback"
          sms-number="07700 900123"
          phone-number="0800 123 4567"
          phone-hours="Mo-Fr 08:00-20:00"
          organisation="Example Police"
          onchannel-change={(event) => setChannel(event.detail.channel)}
        />
        <button type="submit">Submit</button>
      </form>
      <p id="rating-out">Rating: {rating ?? 'none'}</p>
      <p id="channel-out">Channel: {channel ?? 'none'}</p>
      <p id="submitted-out">Submitted: {submitted}</p>
      <qr-badge
        id="qr"
        value="https://www.example.police.uk/feedback?src=qr"
        error-correction="Q"
        size="8rem"
        hide-url={false}
        downloadable
      />
      <rights-leaflet
        id="leaflet"
        languages="en cy"
        heading-level={3}
        organisation="Example Police"
        onlanguage-change={(event) => setLanguage(event.detail.lang)}
      />
      <p id="language-out">Language: {language}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
