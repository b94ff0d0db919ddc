// Configuration for the MikroORM command line (creating migrations): DATABASE_URL names a scratch database.
import './application.js';
import { ormOptions } from './common/db/orm.js';

export default ormOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/gongkai_dev');
