-- CreateTable
CREATE TABLE "Election" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Race" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Race_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "party" TEXT,
    "bio" TEXT,
    "photoUrl" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CandidateLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "candidateId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "CandidateLink_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Candidacy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "raceId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "ballotOrder" INTEGER NOT NULL DEFAULT 0,
    "incumbent" BOOLEAN NOT NULL DEFAULT false,
    "writeIn" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Candidacy_raceId_fkey" FOREIGN KEY ("raceId") REFERENCES "Race" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Candidacy_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportingUnit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "raceId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'county',
    "position" INTEGER NOT NULL DEFAULT 0,
    "precinctsTotal" INTEGER NOT NULL,
    "precinctsReporting" INTEGER NOT NULL DEFAULT 0,
    "ballotsCast" INTEGER,
    "registeredVoters" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReportingUnit_raceId_fkey" FOREIGN KEY ("raceId") REFERENCES "Race" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Tally" (
    "unitId" TEXT NOT NULL,
    "candidacyId" TEXT NOT NULL,
    "votes" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("unitId", "candidacyId"),
    CONSTRAINT "Tally_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "ReportingUnit" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Tally_candidacyId_fkey" FOREIGN KEY ("candidacyId") REFERENCES "Candidacy" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TallyChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "raceId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "candidacyId" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "before" INTEGER NOT NULL,
    "after" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "correction" BOOLEAN NOT NULL DEFAULT false,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TallyChange_raceId_fkey" FOREIGN KEY ("raceId") REFERENCES "Race" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TallyChange_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "ReportingUnit" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TallyChange_candidacyId_fkey" FOREIGN KEY ("candidacyId") REFERENCES "Candidacy" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RaceCall" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "raceId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "acknowledgements" TEXT NOT NULL DEFAULT '',
    "snapshot" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RaceCall_raceId_fkey" FOREIGN KEY ("raceId") REFERENCES "Race" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RaceCallCandidate" (
    "callId" TEXT NOT NULL,
    "candidacyId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("callId", "candidacyId"),
    CONSTRAINT "RaceCallCandidate_callId_fkey" FOREIGN KEY ("callId") REFERENCES "RaceCall" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RaceCallCandidate_candidacyId_fkey" FOREIGN KEY ("candidacyId") REFERENCES "Candidacy" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Story" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "raceId" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "expectsKind" TEXT NOT NULL,
    "expectsCandidacyId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "pulledAt" DATETIME,
    "pulledReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Story_raceId_fkey" FOREIGN KEY ("raceId") REFERENCES "Race" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Story_expectsCandidacyId_fkey" FOREIGN KEY ("expectsCandidacyId") REFERENCES "Candidacy" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "action" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT,
    "detail" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Election_slug_key" ON "Election"("slug");

-- CreateIndex
CREATE INDEX "Election_date_idx" ON "Election"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Race_slug_key" ON "Race"("slug");

-- CreateIndex
CREATE INDEX "Race_electionId_sortOrder_idx" ON "Race"("electionId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_slug_key" ON "Candidate"("slug");

-- CreateIndex
CREATE INDEX "CandidateLink_candidateId_idx" ON "CandidateLink"("candidateId");

-- CreateIndex
CREATE INDEX "Candidacy_candidateId_idx" ON "Candidacy"("candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "Candidacy_raceId_candidateId_key" ON "Candidacy"("raceId", "candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingUnit_raceId_slug_key" ON "ReportingUnit"("raceId", "slug");

-- CreateIndex
CREATE INDEX "Tally_candidacyId_idx" ON "Tally"("candidacyId");

-- CreateIndex
CREATE INDEX "TallyChange_raceId_createdAt_idx" ON "TallyChange"("raceId", "createdAt");

-- CreateIndex
CREATE INDEX "TallyChange_unitId_idx" ON "TallyChange"("unitId");

-- CreateIndex
CREATE INDEX "RaceCall_raceId_createdAt_idx" ON "RaceCall"("raceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Story_slug_key" ON "Story"("slug");

-- CreateIndex
CREATE INDEX "Story_raceId_status_idx" ON "Story"("raceId", "status");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectType_subjectId_idx" ON "AuditEvent"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

