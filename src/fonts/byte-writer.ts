/** Big-endian bytes appended to a buffer that grows as needed: the font encoders' output streams. */
export class ByteWriter {
  #bytes = new Uint8Array(256);
  #length = 0;

  uint8(value: number): void {
    this.#reserve(1);
    this.#bytes[this.#length++] = value;
  }

  uint16(value: number): void {
    this.#reserve(2);
    this.#bytes[this.#length++] = (value >> 8) & 0xff;
    this.#bytes[this.#length++] = value & 0xff;
  }

  int16(value: number): void {
    this.uint16(value & 0xffff);
  }

  uint32(value: number): void {
    this.uint16(value >>> 16);
    this.uint16(value & 0xffff);
  }

  /** WOFF2's 255UInt16: one byte below 253, else a marker byte and one or two more. */
  uint255(value: number): void {
    if (value < 253) this.uint8(value);
    else if (value < 506) this.uint8(255), this.uint8(value - 253);
    else if (value < 762) this.uint8(254), this.uint8(value - 506);
    else this.uint8(253), this.uint16(value);
  }

  /** WOFF2's UIntBase128: 7 bits a byte, most significant first, high bit set on all but the last. */
  base128(value: number): void {
    const groups: number[] = [];
    do {
      groups.unshift(value % 128);
      value = Math.floor(value / 128);
    } while (value > 0);
    groups.forEach((group, i) => this.uint8(i < groups.length - 1 ? group | 0x80 : group));
  }

  bytes(data: Uint8Array): void {
    this.#reserve(data.length);
    this.#bytes.set(data, this.#length);
    this.#length += data.length;
  }

  finish(): Uint8Array {
    return this.#bytes.subarray(0, this.#length);
  }

  #reserve(count: number): void {
    if (this.#length + count <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + count));
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }
}
