-- AlterTable
ALTER TABLE "Election" ADD COLUMN     "isTest" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Race" ADD COLUMN     "acceptSourceCalls" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "expectedVotePct" DOUBLE PRECISION,
ADD COLUMN     "sourceKey" TEXT;

-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "sourceKey" TEXT;

-- AlterTable
ALTER TABLE "Candidacy" ADD COLUMN     "sourceKey" TEXT;

-- AlterTable
ALTER TABLE "ReportingUnit" ADD COLUMN     "countSource" TEXT,
ADD COLUMN     "expectedVotePct" DOUBLE PRECISION,
ADD COLUMN     "fips" TEXT,
ADD COLUMN     "sourceKey" TEXT;

-- CreateTable
CREATE TABLE "MethodTally" (
    "unitId" TEXT NOT NULL,
    "candidacyId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "votes" INTEGER NOT NULL,

    CONSTRAINT "MethodTally_pkey" PRIMARY KEY ("unitId","candidacyId","method")
);

-- CreateTable
CREATE TABLE "FeedSource" (
    "id" TEXT NOT NULL,
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
    "lastFetchAt" TIMESTAMP(3),
    "lastChangeAt" TIMESTAMP(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMP(3),
    "failures" INTEGER NOT NULL DEFAULT 0,
    "nextFetchAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedSnapshot" (
    "id" TEXT NOT NULL,
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
    "bytes" BYTEA NOT NULL,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL,
    "report" TEXT NOT NULL DEFAULT '{}',
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceCall" (
    "id" TEXT NOT NULL,
    "raceId" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "candidacyIds" TEXT NOT NULL,
    "calledAt" TIMESTAMP(3),
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HeldFeedCount" (
    "unitId" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "precinctsReporting" INTEGER NOT NULL,
    "ballotsCast" INTEGER,
    "votes" TEXT NOT NULL,
    "methods" TEXT NOT NULL DEFAULT '{}',
    "receivedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HeldFeedCount_pkey" PRIMARY KEY ("unitId")
);

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
CREATE UNIQUE INDEX "Race_electionId_sourceKey_key" ON "Race"("electionId", "sourceKey");

-- CreateIndex
CREATE INDEX "Candidate_sourceKey_idx" ON "Candidate"("sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "Candidacy_raceId_sourceKey_key" ON "Candidacy"("raceId", "sourceKey");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingUnit_raceId_sourceKey_key" ON "ReportingUnit"("raceId", "sourceKey");

-- AddForeignKey
ALTER TABLE "MethodTally" ADD CONSTRAINT "MethodTally_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "ReportingUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MethodTally" ADD CONSTRAINT "MethodTally_candidacyId_fkey" FOREIGN KEY ("candidacyId") REFERENCES "Candidacy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedSource" ADD CONSTRAINT "FeedSource_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedSnapshot" ADD CONSTRAINT "FeedSnapshot_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedSnapshot" ADD CONSTRAINT "FeedSnapshot_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "FeedSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCall" ADD CONSTRAINT "SourceCall_raceId_fkey" FOREIGN KEY ("raceId") REFERENCES "Race"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HeldFeedCount" ADD CONSTRAINT "HeldFeedCount_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "ReportingUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

