-- AlterTable
ALTER TABLE "Election" ADD COLUMN     "closeCallsNeedSecondEditor" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "RaceCall" ADD COLUMN     "confirmedById" TEXT,
ADD COLUMN     "confirmedByLabel" TEXT;

-- CreateTable
CREATE TABLE "PendingCall" (
    "id" TEXT NOT NULL,
    "raceId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "proposal" TEXT NOT NULL,
    "raceVersion" INTEGER NOT NULL,
    "proposedById" TEXT,
    "proposedByLabel" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "resolvedByLabel" TEXT,

    CONSTRAINT "PendingCall_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PendingCall_raceId_outcome_idx" ON "PendingCall"("raceId", "outcome");

-- AddForeignKey
ALTER TABLE "PendingCall" ADD CONSTRAINT "PendingCall_raceId_fkey" FOREIGN KEY ("raceId") REFERENCES "Race"("id") ON DELETE CASCADE ON UPDATE CASCADE;

