# A builtin of the user's own, written in Python (sum.py): checksums as
# Plan 9's and zlib's, over the first n bytes of buf.
Sum: module
{
	PATH:	con "$Sum";

	adler32:	fn(buf: array of byte, n: int): int;
	crc32:	fn(buf: array of byte, n: int): int;
	hex:	fn(v: int): string;
};
