-- AlterTable
ALTER TABLE "ReportingUnit" ADD COLUMN "lastBatchId" TEXT;

