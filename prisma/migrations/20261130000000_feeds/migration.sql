-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN "sourceKey" TEXT;

-- AlterTable
ALTER TABLE "Candidacy" ADD COLUMN "sourceKey" TEXT;

-- AlterTable
ALTER TABLE "ReportingUnit" ADD COLUMN "countSource" TEXT;
ALTER TABLE "ReportingUnit" ADD COLUMN "expectedVotePct" REAL;
ALTER TABLE "ReportingUnit" ADD COLUMN "fips" TEXT;
ALTER TABLE "ReportingUnit" ADD COLUMN "sourceKey" TEXT;

-- CreateTable
CREATE TABLE "MethodTally" (
    "unitId" TEXT NOT NULL,
    "candidacyId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "votes" INTEGER NOT NULL,

    PRIMARY KEY ("unitId", "candidacyId", "method"),
    CONSTRAINT "MethodTally_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "ReportingUnit" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MethodTally_candidacyId_fkey" FOREIGN KEY ("candidacyId") REFERENCES "Candidacy" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "electionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "intervalSeconds" INTEGER NOT NULL,
    "races" TEXT NOT NULL DEFAULT '',
    "createMissing" BOOLEAN NOT NULL DEFAULT false,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "nextRequest" TEXT,
    "etag" TEXT,
    "version" TEXT,
    "lastFetchAt" DATETIME,
    "lastChangeAt" DATETIME,
    "lastError" TEXT,
    "lastErrorAt" DATETIME,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "nextFetchAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FeedSource_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "electionId" TEXT NOT NULL,
    "sourceId" TEXT,
    "origin" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "requestUrl" TEXT,
    "sourceTimestamp" TEXT,
    "sourceVersion" TEXT,
    "etag" TEXT,
    "sha256" TEXT NOT NULL,
    "byteLength" INTEGER NOT NULL,
    "bytes" BLOB NOT NULL,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "report" TEXT NOT NULL DEFAULT '{}',
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FeedSnapshot_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FeedSnapshot_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "FeedSource" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SourceCall" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "raceId" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "candidacyIds" TEXT NOT NULL,
    "calledAt" DATETIME,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SourceCall_raceId_fkey" FOREIGN KEY ("raceId") REFERENCES "Race" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HeldFeedCount" (
    "unitId" TEXT NOT NULL PRIMARY KEY,
    "snapshotId" TEXT NOT NULL,
    "precinctsReporting" INTEGER NOT NULL,
    "ballotsCast" INTEGER,
    "votes" TEXT NOT NULL,
    "methods" TEXT NOT NULL DEFAULT '{}',
    "receivedAt" DATETIME NOT NULL,
    CONSTRAINT "HeldFeedCount_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "ReportingUnit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Election" ("createdAt", "date", "id", "isDemo", "jurisdiction", "name", "slug", "updatedAt") SELECT "createdAt", "date", "id", "isDemo", "jurisdiction", "name", "slug", "updatedAt" FROM "Election";
DROP TABLE "Election";
ALTER TABLE "new_Election" RENAME TO "Election";
CREATE UNIQUE INDEX "Election_slug_key" ON "Election"("slug");
CREATE INDEX "Election_date_idx" ON "Election"("date");
CREATE TABLE "new_Race" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "electionId" TEXT NOT NULL,
    "office" TEXT NOT NULL,
    "seat" TEXT NOT NULL,
    "ruleKind" TEXT NOT NULL DEFAULT 'plurality',
    "thresholdPct" REAL,
    "seats" INTEGER NOT NULL DEFAULT 1,
    "recountMarginPct" REAL,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "sourceKey" TEXT,
    "expectedVotePct" REAL,
    "acceptSourceCalls" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Race_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Race" ("createdAt", "electionId", "featured", "id", "office", "recountMarginPct", "ruleKind", "seat", "seats", "slug", "sortOrder", "thresholdPct", "updatedAt", "version") SELECT "createdAt", "electionId", "featured", "id", "office", "recountMarginPct", "ruleKind", "seat", "seats", "slug", "sortOrder", "thresholdPct", "updatedAt", "version" FROM "Race";
DROP TABLE "Race";
ALTER TABLE "new_Race" RENAME TO "Race";
CREATE UNIQUE INDEX "Race_slug_key" ON "Race"("slug");
CREATE INDEX "Race_electionId_sortOrder_idx" ON "Race"("electionId", "sortOrder");
CREATE UNIQUE INDEX "Race_electionId_sourceKey_key" ON "Race"("electionId", "sourceKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "MethodTally_candidacyId_idx" ON "MethodTally"("candidacyId");

-- CreateIndex
CREATE INDEX "FeedSource_electionId_idx" ON "FeedSource"("electionId");

-- CreateIndex
CREATE INDEX "FeedSnapshot_electionId_receivedAt_idx" ON "FeedSnapshot"("electionId", "receivedAt");

-- CreateIndex
CREATE INDEX "FeedSnapshot_electionId_sha256_idx" ON "FeedSnapshot"("electionId", "sha256");

-- CreateIndex
CREATE INDEX "FeedSnapshot_sourceId_receivedAt_idx" ON "FeedSnapshot"("sourceId", "receivedAt");

-- CreateIndex
CREATE INDEX "SourceCall_raceId_recordedAt_idx" ON "SourceCall"("raceId", "recordedAt");

-- CreateIndex
CREATE INDEX "Candidate_sourceKey_idx" ON "Candidate"("sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "Candidacy_raceId_sourceKey_key" ON "Candidacy"("raceId", "sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingUnit_raceId_sourceKey_key" ON "ReportingUnit"("raceId", "sourceKey");

