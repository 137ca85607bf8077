-- CreateTable
CREATE TABLE "ElectionMapLayer" (
    "id" TEXT NOT NULL,
    "electionId" TEXT NOT NULL,
    "property" TEXT NOT NULL,
    "geojson" TEXT NOT NULL,
    "featureCount" INTEGER NOT NULL,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "uploadedById" TEXT,
    "uploadedByLabel" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ElectionMapLayer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ElectionMapLayer_electionId_key" ON "ElectionMapLayer"("electionId");

-- AddForeignKey
ALTER TABLE "ElectionMapLayer" ADD CONSTRAINT "ElectionMapLayer_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE CASCADE ON UPDATE CASCADE;
