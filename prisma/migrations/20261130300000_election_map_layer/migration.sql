-- CreateTable
CREATE TABLE "ElectionMapLayer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "electionId" TEXT NOT NULL,
    "property" TEXT NOT NULL,
    "geojson" TEXT NOT NULL,
    "featureCount" INTEGER NOT NULL,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "uploadedById" TEXT,
    "uploadedByLabel" TEXT NOT NULL,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ElectionMapLayer_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ElectionMapLayer_electionId_key" ON "ElectionMapLayer"("electionId");

