-- AlterTable
ALTER TABLE "Candidacy" ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnNote" TEXT;
