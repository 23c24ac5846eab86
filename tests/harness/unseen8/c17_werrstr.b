implement Werrstr;

include "sys.m";
	sys: Sys;
include "draw.m";

Werrstr: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# library-style functions report failure through the error string
lookup(key: string): int
{
	table := array[] of {("red", 1), ("green", 2), ("blue", 3)};
	for(i := 0; i < len table; i++) {
		(k, v) := table[i];
		if(k == key)
			return v;
	}
	sys->werrstr("unknown colour " + key);
	return -1;
}

divide(a, b: int): (int, int)
{
	if(b == 0) {
		sys->werrstr(sys->sprint("cannot divide %d by zero", a));
		return (-1, 0);
	}
	return (0, a / b);
}

# convert the error string into an exception
must(v: int): int
{
	if(v < 0)
		raise sys->sprint("must: %r");
	return v;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	keys := array[] of {"green", "mauve", "blue", "teal"};
	for(i := 0; i < len keys; i++) {
		v := lookup(keys[i]);
		if(v < 0)
			sys->print("lookup %s failed: %r\n", keys[i]);
		else
			sys->print("lookup %s = %d\n", keys[i], v);
	}

	(rc, q) := divide(17, 5);
	sys->print("17/5: rc=%d q=%d\n", rc, q);
	(rc, q) = divide(17, 0);
	if(rc < 0)
		sys->print("error: %r\n");

	# the error string persists until something else sets it
	sys->print("still: %r\n");
	sys->werrstr("second message");
	sys->print("now: %r\n");

	# sprint can capture it for later
	saved := sys->sprint("%r");
	sys->werrstr("");
	sys->print("cleared: [%r], saved: [%s]\n", saved);

	# failing system calls set it too
	fd := sys->open("/tmp/c17_definitely_missing_file", Sys->OREAD);
	if(fd == nil)
		sys->print("open failed: %r\n");
	if(sys->remove("/tmp/c17_definitely_missing_file") < 0)
		sys->print("remove failed: %r\n");

	{
		must(lookup("red"));
		sys->print("red passed must\n");
		must(lookup("black"));
		sys->print("not reached\n");
	} exception e {
	"must:*" =>
		sys->print("exception: %s\n", e);
	}

	# werrstr with a long message round-trips
	long := "";
	for(i = 0; i < 10; i++)
		long += "abcdefghij";
	sys->werrstr(long);
	got := sys->sprint("%r");
	sys->print("long error: %d chars, intact=%d\n", len got, got == long);
}
