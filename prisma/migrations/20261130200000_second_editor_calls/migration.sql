-- AlterTable
ALTER TABLE "RaceCall" ADD COLUMN "confirmedById" TEXT;
ALTER TABLE "RaceCall" ADD COLUMN "confirmedByLabel" TEXT;

-- CreateTable
CREATE TABLE "PendingCall" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "raceId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "proposal" TEXT NOT NULL,
    "raceVersion" INTEGER NOT NULL,
    "proposedById" TEXT,
    "proposedByLabel" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" TEXT,
    "resolvedAt" DATETIME,
    "resolvedById" TEXT,
    "resolvedByLabel" TEXT,
    CONSTRAINT "PendingCall_raceId_fkey" FOREIGN KEY ("raceId") REFERENCES "Race" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Election" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "closeCallsNeedSecondEditor" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Election" ("createdAt", "date", "id", "isDemo", "isTest", "jurisdiction", "name", "slug", "updatedAt") SELECT "createdAt", "date", "id", "isDemo", "isTest", "jurisdiction", "name", "slug", "updatedAt" FROM "Election";
DROP TABLE "Election";
ALTER TABLE "new_Election" RENAME TO "Election";
CREATE UNIQUE INDEX "Election_slug_key" ON "Election"("slug");
CREATE INDEX "Election_date_idx" ON "Election"("date");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PendingCall_raceId_outcome_idx" ON "PendingCall"("raceId", "outcome");

