implement IPintsTest;

# $IPints: conversions, arithmetic with libmp's signs, shifts, bits, primes.
include "sys.m";
	sys: Sys;
include "draw.m";
include "ipints.m";
	ipints: IPints;
	IPint: import ipints;

IPintsTest: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

show(what: string, i: ref IPint)
{
	if(i == nil)
		sys->print("%s nil\n", what);
	else
		sys->print("%s %s %s %d\n", what, i.iptostr(10), i.iptostr(16), i.bits());
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ipints = load IPints IPints->PATH;
	if(ipints == nil)
		raise "fail:load: " + sys->sprint("%r");
	a := IPint.strtoip("123456789012345678901234567890", 10);
	b := IPint.inttoip(-97);
	show("a", a);
	show("b", b);
	show("a+b", a.add(b));
	show("a-b", a.sub(b));
	show("a*b", a.mul(b));
	(q, r) := a.div(b);
	show("a/b", q);
	show("a%b", r);
	(q, r) = b.div(IPint.inttoip(10));
	show("-97/10", q);
	show("-97%10", r);
	show("-97 mod 10", b.mod(IPint.inttoip(10)));
	show("neg", b.neg());
	show("2^100", IPint.inttoip(2).expmod(IPint.inttoip(100), nil));
	show("3^200 mod 1000007", IPint.inttoip(3).expmod(IPint.inttoip(200), IPint.inttoip(1000007)));
	show("inv 3 mod 11", IPint.inttoip(3).invert(IPint.inttoip(11)));
	show("shl", b.shl(5));
	show("shr", a.shr(70));
	show("and", a.and(IPint.inttoip(16rFFFF)));
	show("ori", IPint.inttoip(16r0F0).ori(IPint.inttoip(16r00F)));
	show("xor", IPint.inttoip(16rFF).xor(IPint.inttoip(16r0F)));
	show("copy", a.copy());
	sys->print("iptoint %d %d %d\n", b.iptoint(), a.iptoint(), a.neg().iptoint());
	sys->print("cmp %d %d %d eq %d %d\n", a.cmp(b), b.cmp(a), a.cmp(a.copy()), a.eq(a.copy()), a.eq(b));
	show("hex", IPint.strtoip("ff00zz", 16));
	show("dec junk", IPint.strtoip("  -42abc", 10));
	show("none", IPint.strtoip("zz", 10));
	show("zero", IPint.inttoip(0));
	sys->print("b64 %s %s\n", a.iptob64(), IPint.b64toip(a.iptob64()).iptostr(10));
	be := a.iptobebytes();
	sys->print("be %d %d back %s\n", len be, int be[0], IPint.bebytestoip(be).iptostr(10));
	le := a.iptobytes();
	sys->print("le %d %d back %s\n", len le, int le[0], IPint.bytestoip(le).iptostr(10));
	sys->print("prime 1000003 %d, 1000001 %d\n", ipints->probably_prime(IPint.inttoip(1000003), 10),
		ipints->probably_prime(IPint.inttoip(1000001), 10));
	sys->print("random bits <= 64: %d\n", IPint.random(64).bits() <= 64);
}
