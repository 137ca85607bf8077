import { expect, test } from "vitest";
import { detectPhotoType } from "./photo-type";

const bytes = (...values: number[]) => new Uint8Array(values);

test("PNG, JPEG and WebP are recognised by their signatures", () => {
  expect(detectPhotoType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("image/png");
  expect(detectPhotoType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
  expect(detectPhotoType(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50))).toBe("image/webp");
});

test("anything else is refused, including a script named .png and a RIFF that is not WebP", () => {
  expect(detectPhotoType(new TextEncoder().encode("<svg onload=alert(1)>"))).toBeNull();
  expect(detectPhotoType(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45))).toBeNull();
  expect(detectPhotoType(bytes())).toBeNull();
});
