# $IPints: arbitrary-precision integers, as emu's IPints builtin (libmp underneath).
# disbridge serves it from Python (disbridge/builtins/ipints.py); the types are the
# real module's, so a program compiled against Inferno's ipints.m links.
IPints: module
{
	PATH:	con	"$IPints";

	IPint: adt
	{
		x:	int;	# the value's handle; the digits are hidden

		iptob64:	fn(i: self ref IPint): string;
		iptob64z:	fn(i: self ref IPint): string;
		b64toip:	fn(str: string): ref IPint;
		iptobytes:	fn(i: self ref IPint): array of byte;
		iptobebytes:	fn(i: self ref IPint): array of byte;
		bytestoip:	fn(buf: array of byte): ref IPint;
		bebytestoip:	fn(mag: array of byte): ref IPint;
		inttoip:	fn(i: int): ref IPint;
		iptoint:	fn(i: self ref IPint): int;
		iptostr:	fn(i: self ref IPint, base: int): string;
		strtoip:	fn(str: string, base: int): ref IPint;
		random:	fn(nbits: int): ref IPint;
		bits:	fn(i: self ref IPint): int;
		expmod:	fn(base: self ref IPint, exp, mod: ref IPint): ref IPint;
		invert:	fn(base: self ref IPint, mod: ref IPint): ref IPint;
		add:	fn(i1: self ref IPint, i2: ref IPint): ref IPint;
		sub:	fn(i1: self ref IPint, i2: ref IPint): ref IPint;
		neg:	fn(i: self ref IPint): ref IPint;
		mul:	fn(i1: self ref IPint, i2: ref IPint): ref IPint;
		div:	fn(i1: self ref IPint, i2: ref IPint): (ref IPint, ref IPint);
		mod:	fn(i1: self ref IPint, i2: ref IPint): ref IPint;
		eq:	fn(i1: self ref IPint, i2: ref IPint): int;
		cmp:	fn(i1: self ref IPint, i2: ref IPint): int;
		copy:	fn(i: self ref IPint): ref IPint;
		shl:	fn(i: self ref IPint, n: int): ref IPint;
		shr:	fn(i: self ref IPint, n: int): ref IPint;
		and:	fn(i1: self ref IPint, i2: ref IPint): ref IPint;
		ori:	fn(i1: self ref IPint, i2: ref IPint): ref IPint;
		xor:	fn(i1: self ref IPint, i2: ref IPint): ref IPint;
		not:	fn(i1: self ref IPint): ref IPint;
	};

	probably_prime:	fn(n: ref IPint, nrep: int): int;
};
