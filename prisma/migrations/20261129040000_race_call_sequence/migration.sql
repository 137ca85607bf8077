-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RaceCall" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "raceId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "acknowledgements" TEXT NOT NULL DEFAULT '',
    "snapshot" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RaceCall_raceId_fkey" FOREIGN KEY ("raceId") REFERENCES "Race" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Existing calls are numbered in the order they were made.
INSERT INTO "new_RaceCall" ("acknowledgements", "actorId", "actorLabel", "createdAt", "id", "note", "raceId", "seq", "snapshot", "status") SELECT "acknowledgements", "actorId", "actorLabel", "createdAt", "id", "note", "raceId", ROW_NUMBER() OVER (PARTITION BY "raceId" ORDER BY "createdAt", "id"), "snapshot", "status" FROM "RaceCall";
DROP TABLE "RaceCall";
ALTER TABLE "new_RaceCall" RENAME TO "RaceCall";
CREATE UNIQUE INDEX "RaceCall_raceId_seq_key" ON "RaceCall"("raceId", "seq");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

