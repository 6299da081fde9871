// `npm run seed`: loads the demo desk into DATABASE_URL (idempotent).
import 'dotenv/config';
import { prisma } from '@/lib/db';
import { seedDemoDesk } from '../prisma/seed/seed-demo-desk.ts';

await seedDemoDesk();
await prisma.$disconnect();
console.log('demo desk seeded');
