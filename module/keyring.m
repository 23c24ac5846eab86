# $Keyring: the part of emu's Keyring builtin that disbridge serves from Python
# (disbridge/builtins/ipints.py): its IPint and the digests. The types are the
# real module's, so a program compiled against Inferno's keyring.m links to
# these; a function not declared here fails at link time, as a missing one would.
Keyring: module
{
	PATH:	con	"$Keyring";

	IPint: adt
	{
		x:	int;

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
		random:	fn(minbits, maxbits: int): ref IPint;
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

	DigestState: adt
	{
		x:	int;	# the running digest's handle

		copy:	fn(d: self ref DigestState): ref DigestState;
	};

	SHA1dlen:	con 20;
	SHA224dlen:	con 28;
	SHA256dlen:	con 32;
	SHA384dlen:	con 48;
	SHA512dlen:	con 64;
	MD5dlen:	con 16;
	MD4dlen:	con 16;

	md4:	fn(buf: array of byte, n: int, digest: array of byte, state: ref DigestState): ref DigestState;
	md5:	fn(buf: array of byte, n: int, digest: array of byte, state: ref DigestState): ref DigestState;
	sha1:	fn(buf: array of byte, n: int, digest: array of byte, state: ref DigestState): ref DigestState;
	sha224:	fn(buf: array of byte, n: int, digest: array of byte, state: ref DigestState): ref DigestState;
	sha256:	fn(buf: array of byte, n: int, digest: array of byte, state: ref DigestState): ref DigestState;
	sha384:	fn(buf: array of byte, n: int, digest: array of byte, state: ref DigestState): ref DigestState;
	sha512:	fn(buf: array of byte, n: int, digest: array of byte, state: ref DigestState): ref DigestState;
};
