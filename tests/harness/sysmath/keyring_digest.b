implement KeyringDigest;

# $Keyring's digests: one call, in pieces, a copied state, and the rules for n and the digest array.
include "sys.m";
	sys: Sys;
include "draw.m";
include "keyring.m";
	kr: Keyring;
	IPint, DigestState: import kr;

KeyringDigest: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

hex(d: array of byte): string
{
	s := "";
	for(i := 0; i < len d; i++)
		s += sys->sprint("%.2ux", int d[i]);
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	kr = load Keyring Keyring->PATH;
	if(kr == nil)
		raise "fail:load: " + sys->sprint("%r");
	msg := array of byte "The quick brown fox jumps over the lazy dog";
	d := array[Keyring->MD5dlen] of byte;
	kr->md5(msg, len msg, d, nil);
	sys->print("md5 %s\n", hex(d));
	d = array[Keyring->SHA1dlen] of byte;
	st := kr->sha1(msg[0:10], 10, nil, nil);
	st2 := st.copy();
	kr->sha1(msg[10:], len msg - 10, d, st);
	sys->print("sha1 pieces %s\n", hex(d));
	kr->sha1(array of byte "abc", 3, d, st2);
	sys->print("sha1 copy %s\n", hex(d));
	d = array[Keyring->SHA256dlen] of byte;
	kr->sha256(msg, 1000, d, nil);
	sys->print("sha256 n past the end %s\n", hex(d));
	kr->sha256(nil, 0, d, nil);
	sys->print("sha256 empty %s\n", hex(d));
	{
		kr->md5(msg, len msg, array[4] of byte, nil);
	} exception e {
	"*" =>
		sys->print("short digest: %s\n", e);
	}
	{
		kr->md5(nil, 5, nil, nil);
	} exception e {
	"*" =>
		sys->print("nil buffer: %s\n", e);
	}
	i := IPint.strtoip("ABCDEF0123456789", 16);
	sys->print("keyring IPint %s %s\n", i.iptostr(10), i.mul(i).iptostr(16));
}
