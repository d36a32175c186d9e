import type { Clock } from '../../domain/clock.ts';
import type { Database } from '../db/database.ts';
import type { EntityName } from '../repos/entity-spec.ts';
import { ENTITY_SPECS } from '../repos/entity-specs.ts';
import { AnalysisService } from './analysis.service.ts';
import { DiaryService } from './diary.service.ts';
import { EntityService } from './entity.service.ts';
import { InteropService } from './interop.service.ts';
import { PersonService } from './person.service.ts';
import { ReadingService } from './reading.service.ts';
import { Store } from './store.ts';
import { TherapyService } from './therapy.service.ts';

/** Every use case of Stillpoint, wired to one database. The HTTP app and the CLI share it. */
export interface Services {
  clock: Clock;
  store: Store;
  person: PersonService;
  diary: DiaryService;
  analysis: AnalysisService;
  readings: ReadingService;
  interop: InteropService;
  therapy: TherapyService;
  entities: Record<EntityName, EntityService>;
}

export interface ServiceOptions {
  clock: Clock;
  /** Time zone of a new diary until the person sets theirs. */
  defaultTimeZone: string;
}

export function createServices(database: Database, options: ServiceOptions): Services {
  const store = new Store(database);
  const person = new PersonService(store, options.defaultTimeZone);
  const entities = Object.fromEntries(
    ENTITY_SPECS.map((spec) => [spec.name, new EntityService(store, person, spec)]),
  ) as Record<EntityName, EntityService>;
  const diary = new DiaryService(store, person);
  return {
    clock: options.clock,
    store,
    person,
    diary,
    analysis: new AnalysisService(diary, options.clock),
    readings: new ReadingService(store, options.clock),
    interop: new InteropService(diary, options.clock),
    therapy: new TherapyService(store, diary, options.clock),
    entities,
  };
}
