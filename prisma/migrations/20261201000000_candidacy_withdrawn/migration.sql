-- AlterTable
ALTER TABLE "Candidacy" ADD COLUMN "withdrawnAt" DATETIME;
ALTER TABLE "Candidacy" ADD COLUMN "withdrawnNote" TEXT;
