/**
 * `stillpoint zone [ZONE]`: shows the person's time zone, or sets it (an IANA zone such as
 * Europe/Berlin). Every day count (headache days, medication days, 28-day blocks) uses it for
 * records that do not carry a zone of their own.
 */
import { Command } from 'commander';
import { print } from '../io.ts';
import { withRuntime, withStorage } from '../runtime-options.ts';

export const zoneCommand = withStorage(
  new Command('zone').description(
    'show or set your time zone (IANA, e.g. Europe/Berlin): the zone every day count uses for records without one of their own',
  ),
)
  .argument('[zone]', 'the new zone; without it, the current one is shown')
  .action(async (zone: string | undefined, o: { data?: string; database?: string }) => {
    await withRuntime(o, async (rt) => {
      const person = await rt.services.person.get(rt.actor);
      if (zone === undefined) {
        print(person.timeZone);
        return;
      }
      const saved = await rt.services.person.put(rt.actor, { ...person, timeZone: zone });
      print(`time zone set to ${saved.timeZone} (was ${person.timeZone})`);
    });
  });
