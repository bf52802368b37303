// What a React 19 app writes with the package's JSX typings (`twin-cities-widgets/react`), generated from the manifest:
// the elements' attributes with their values, `feed`, and the `on…` props React 19 really calls, typed with the
// events' details. The lines marked @ts-expect-error must stay errors.
import type {} from 'twin-cities-widgets/react';
import type {TwinCitiesList} from 'twin-cities-widgets';
import type {Feed} from 'twin-cities-widgets/feed.js';

declare const feed: Feed;
const setFeed = (list: TwinCitiesList | null) => {
  if (list) list.feed = feed;
};

export const app = (
  <main>
    <twin-cities-list feed={feed} layout="grid" sort="-date" country="TR,GR" searchable limit={6} heading-level={2}
      theme="dark" persist lang="en" className="partners"
      ontwin-cities-load={(event) => event.detail.feed.partners.map((partner) => partner.id)}
      ontwin-cities-error={(event) => event.detail.error.message}
      ontwin-city-select={(event) => event.detail.id.toUpperCase()}>
      <a href="https://www.example-town.eu/twin-cities">Our twin towns</a>
    </twin-cities-list>
    <twin-cities-list ref={setFeed} src="https://www.example-town.eu/twin-cities.json" />
    <twin-city-card city="kocaeli" heading-level={3} src="https://www.example-town.eu/twin-cities.json" />
    <twin-city-badge home-name="Asenovgrad" home-country="BG" country="TR" since="2023-05-23" relation="twin"
      variant="compact" href="https://www.asenovgrad.bg/" ontwin-cities-load={(event) => event.detail.skipped.length} />
    {/* @ts-expect-error: not a layout */}
    <twin-cities-list layout="carousel" />
    {/* @ts-expect-error: not a relation */}
    <twin-city-badge relation="sister" />
    {/* @ts-expect-error: a twin-city-select event's detail has no feed */}
    <twin-cities-list ontwin-city-select={(event) => event.detail.feed} />
    {/* @ts-expect-error: a listener for another event's detail */}
    <twin-cities-list ontwin-cities-load={(event: CustomEvent<{id: string}>) => event.detail.id} />
    {/* @ts-expect-error: React 19 would listen for an event named "TwinCitiesLoad", which never comes */}
    <twin-cities-list onTwinCitiesLoad={() => {}} />
  </main>
);
