/** Perspectives and framing on hand-written sentences: who belongs to which side, and what each side's figures rest on. */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/index.js';

const analyzer = createAnalyzer();

describe('sources resolve to the perspectives of the built-in pack', () => {
  it.each<[string, string]>([
    ['Russian officials said the talks were useless.', 'russia'],
    ['Beijing said the visit was a provocation.', 'china'],
    ['Kyiv said the offensive had stalled.', 'ukraine'],
    ['Kiev said the offensive had stalled.', 'ukraine'],
    ['The Pentagon said the drills would continue.', 'united-states'],
    ['U.S. officials said the sanctions would stay.', 'united-states'],
    ['Western leaders warned that the ceasefire was fragile.', 'west'],
    ['Wang Yi said the dispute should be settled by talks.', 'china'],
    ['Zelenskyy said the front line was holding.', 'ukraine'],
    ['The Kremlin said the proposal was unacceptable.', 'russia'],
    // The head of a description decides, not the place after "to".
    ['A senior Chinese envoy to Ukraine said the plan had merit.', 'china'],
    // A state's demonym, an office, then a name not in the pack: the office holder speaks for the state.
    ['German Chancellor Anna Vogel urged her colleagues to show solidarity.', 'germany'],
    ['Italian Foreign Minister Marco Conti said the talks had failed.', 'italy'],
    // An organization's name ending in "International" is no person, so it can link to its side.
    ['Amnesty International said the proposal put lives at risk.', 'humanitarian-groups'],
    // The U.S. National Security Council is not the UN Security Council (the bare name, used by many states, links to neither).
    ['The White House National Security Council said the talks would resume.', 'united-states'],
  ])('%s → %s', (text, perspective) => {
    expect(analyzer.analyze(text).attributions[0]?.perspective).toBe(perspective);
  });

  it('gives an actor in no lexicon a perspective of its own, labelled with its name', () => {
    const analysis = analyzer.analyze('Maria Lopez, a local baker, said prices had doubled.');
    const perspective = analysis.perspectives.find((item) => item.id === analysis.attributions[0]?.perspective);
    expect(perspective?.id).toMatch(/^actor:p\d+$/u);
    expect(perspective?.entry).toBeNull();
    expect(perspective?.label).toBe('Maria Lopez');
  });

  it('merges the names of one entity into one actor ("Moscow", "Russia")', () => {
    const analysis = analyzer.analyze('Moscow said the drills were routine. Russia later added that no troops would cross the border.');
    const actors = analysis.attributions.map((attribution) => attribution.actor);
    expect(actors[0]).toBeDefined();
    expect(new Set(actors).size).toBe(1);
    expect(analysis.actors.find((actor) => actor.id === actors[0])?.name).toBe('Russia');
  });
});

describe('figures and their evidence', () => {
  it('counts voice by content words, nested words for the inner voice only', () => {
    const analysis = analyzer.analyze('“We will never give up our land,” Zelenskyy said. Russian officials said the offer was a trick.');
    const shares = Object.fromEntries(analysis.perspectives.map((perspective) => [perspective.id, perspective.voiceShare]));
    expect(shares.ukraine).toBeCloseTo(7 / 12, 2);
    expect(shares.russia).toBeCloseTo(5 / 12, 2);
    const ukraine = analysis.perspectives.find((perspective) => perspective.id === 'ukraine');
    expect(ukraine?.directQuoteShare).toBe(1);
    expect(analysis.perspectives.find((perspective) => perspective.id === 'russia')?.directQuoteShare).toBe(0);
  });

  it('reads the balance: 0 for one voice, 1 for two even voices', () => {
    expect(analyzer.analyze('Beijing said the visit was a provocation.').metrics.balance).toBe(0);
    expect(analyzer.analyze('Beijing said the visit was a provocation. Washington said the visit was a routine.').metrics.balance).toBe(1);
  });

  it('flips the valence of a negated tone word', () => {
    const analysis = analyzer.analyze('Berlin said the summit was not a success.');
    const tone = analysis.perspectives.find((perspective) => perspective.id === 'germany')?.framing.tone;
    expect(tone?.negative).toBe(1);
    expect(tone?.valence).toBeLessThan(0);
  });

  it('reports scare quotes and distancing markers in the author’s own sentences', () => {
    const analysis = analyzer.analyze('The government’s “reform” cut pensions again. The so-called experts were nowhere to be seen.');
    const distancing = analysis.metrics.authorial.framing.markers.find((marker) => marker.category === 'distancing');
    expect(distancing?.evidence.map((item) => [item.entry, item.span.text])).toEqual([
      ['distancing-so-called', 'so-called'],
      ['scare-quote', '“reform”'],
    ]);
    expect(analysis.metrics.authorial.share).toBe(1);
  });

  it('marks an actor mentioned twice who never speaks as voiceless, and one mentioned once as not', () => {
    const analysis = analyzer.analyze('Ukraine was not at the table. Moscow said the talks about Ukraine went well. Poland was absent.');
    const byName = Object.fromEntries(analysis.actors.map((actor) => [actor.name, actor.voiceless]));
    expect(byName.Ukraine).toBe(true);
    expect(byName.Poland).toBe(false);
    expect(byName.Russia).toBe(false);
  });

  it('reports the cue stance of each side with its cue entries', () => {
    const analysis = analyzer.analyze('Tehran claimed the drone was Israeli. Israel denied the claim.');
    const stances = Object.fromEntries(analysis.perspectives.map((perspective) => [perspective.id, perspective.stances.map((stance) => [stance.stance, stance.evidence.map((item) => item.span.text)])]));
    expect(stances.iran).toEqual([['distancing', ['claimed']]]);
    expect(stances.israel).toEqual([['denial', ['denied']]]);
  });

  it('gives a side no voice and no figures when nobody speaks', () => {
    const analysis = analyzer.analyze('The bridge opened in 1998.');
    expect(analysis.metrics.dominantPerspective).toBeNull();
    expect(analysis.metrics.balance).toBe(0);
    expect(analysis.perspectives.every((perspective) => perspective.voiceShare === 0)).toBe(true);
  });
});

describe('people, places and descriptions (review findings)', () => {
  it('keeps people who share a surname with an office holder apart, and a place inside a name is no side', () => {
    const analysis = analyzer.analyze('Joe Biden said the economy was strong. Hunter Biden said he had done nothing wrong. Paris Hilton said the show was fun.');
    const names = analysis.attributions.map((attribution) => analysis.actors.find((actor) => actor.id === attribution.actor)?.name);
    expect(names).toEqual(['Joe Biden', 'Hunter Biden', 'Paris Hilton']);
    expect(analysis.attributions.map((attribution) => attribution.perspective?.startsWith('actor:') ?? null)).toEqual([false, true, true]);
  });

  it('links no person to a pack entity whose given name differs ("Luis Rubio", later "Mr. Rubio", is not Marco Rubio)', () => {
    const analysis = analyzer.analyze('Luis Rubio, an economist in Mexico City, said the peso would recover. Mr. Rubio said exports would grow.');
    const names = analysis.attributions.map((attribution) => analysis.actors.find((actor) => actor.id === attribution.actor)?.name);
    expect(names).toEqual(['Luis Rubio', 'Luis Rubio']);
    expect(analysis.attributions.map((attribution) => attribution.perspective)).not.toContain('united-states');
  });

  it.each<[string, string | null]>([
    ['Ivan Petrov, a fierce critic of the Kremlin, said the plan would fail.', null],
    ['Maria Lopez, an expert on China, said the talks would fail.', null],
    ['Anna Kovalenko, the foreign minister of Ukraine, said the talks would fail.', 'ukraine'],
    ['Officials in Kyiv said the talks had stalled.', 'ukraine'],
  ])('reads a description’s head and where it belongs: %s', (text, perspective) => {
    const found = analyzer.analyze(text).attributions[0]?.perspective ?? null;
    expect(found?.startsWith('actor:') ? null : found).toBe(perspective);
  });

  it('makes no actor of a demonym used as an adjective, but keeps a plural one', () => {
    const names = (text: string): string[] => analyzer.analyze(text).actors.map((actor) => actor.name);
    expect(names('Kyiv said potential Ukrainian membership was vital.')).toEqual(['Ukraine']);
    expect(names('Ukrainians protested in the capital, and Kyiv said the talks would go on.')).toContain('Ukrainians');
  });

  it('portrays a side once per attribution, however many of its actors the content names', () => {
    const analysis = analyzer.analyze('Zelenskyy said that Putin, Lavrov and the Kremlin had started a brutal war.');
    const russia = analysis.perspectives.find((perspective) => perspective.id === 'russia');
    expect(russia?.portrayals.map((portrayal) => [portrayal.by, portrayal.mention.text])).toEqual([['ukraine', 'Putin']]);
  });

  it.each<[string, 'positive' | 'negative']>([
    ['Berlin said that, without question, peace had returned.', 'positive'],
    ['Berlin said the region was not without hope.', 'positive'],
    ['Berlin said the summit was never a success.', 'negative'],
  ])('reads negation within its clause: %s', (text, sign) => {
    const tone = analyzer.analyze(text).perspectives.find((perspective) => perspective.id === 'germany')?.framing.tone;
    expect(sign === 'positive' ? tone?.valence : -(tone?.valence ?? 0)).toBeGreaterThan(0);
  });
});
