implement MemberNonself;

# An adt function without a self parameter may be called, and spawned,
# through a value or a ref of the adt as well as through the adt's name.
# The spawned ones report on buffered channels, and main polls after a
# sleep, so a thread that dies cannot leave main waiting.

include "sys.m";
	sys: Sys;
include "draw.m";

MemberNonself: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

A: adt {
	n:	int;

	make:	fn(k: int): int;
	put:	fn(s: string, c: chan of string);
	get:	fn(a: self A): int;
};

A.make(k: int): int
{
	return k + 1;
}

A.put(s: string, c: chan of string)
{
	c <-= "put " + s;
}

A.get(a: self A): int
{
	return a.n;
}

poll(c: chan of string)
{
	sys->sleep(100);
	alt {
	s := <-c =>
		sys->print("%s\n", s);
	* =>
		sys->print("nothing arrived\n");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := A(10);
	r := ref A(20);
	c := chan[1] of string;
	spawn A.put("by name", c);
	poll(c);
	spawn a.put("by value", c);
	poll(c);
	spawn r.put("by ref", c);
	poll(c);
	sys->print("get %d %d\n", a.get(), (*r).get());
	sys->print("make %d\n", A.make(1));
	sys->print("make %d\n", a.make(2));
	sys->print("make %d\n", r.make(3));
}
