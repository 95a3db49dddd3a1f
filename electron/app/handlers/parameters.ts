import type { parametersMethods } from '../../contract/parameters-api';
import { addParameter, listParameters } from '../../services/parameters';
import { todayOf } from '../clock';
import { actorOf, type Handler } from './types';

export const parametersHandlers = {
  'parameters.list': (i, app) => listParameters(app.library.db, { key: i.key, asOf: i.asOf ?? todayOf(app.clock) }),
  'parameters.add': (i, app, call) => addParameter(app.library.db, actorOf(app, call), i),
} satisfies { [K in keyof typeof parametersMethods]: Handler<K> };
