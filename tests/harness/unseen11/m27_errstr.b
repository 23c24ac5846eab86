implement ErrStr;

include "sys.m";
	sys: Sys;
include "draw.m";

ErrStr: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

Result: adt {
	ok:	int;
	msg:	string;
};

tryopen(path: string): Result
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return Result(0, sys->sprint("open %s: %r", path));
	return Result(1, "opened " + path);
}

parseport(s: string): int
{
	if(s == ""){
		sys->werrstr("empty port");
		return -1;
	}
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9'){
			sys->werrstr(sys->sprint("bad character %q in port", s[i:i+1]));
			return -1;
		}
	p := int s;
	if(p > 65535){
		sys->werrstr(sys->sprint("port %d out of range", p));
		return -1;
	}
	return p;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);

	paths := array[] of {"/no/such/file", "/definitely-missing.txt", "relative/missing"};
	for(i := 0; i < len paths; i++){
		r := tryopen(paths[i]);
		if(r.ok)
			sys->print("unexpected: %s\n", r.msg);
		else
			sys->print("error: %s\n", r.msg);
	}

	ports := array[] of {"80", "8080", "", "12a4", "70000", "65535", "-1"};
	for(i = 0; i < len ports; i++){
		p := parseport(ports[i]);
		if(p < 0)
			sys->fprint(stderr, "port %q: %r\n", ports[i]);
		else
			sys->print("port %q -> %d (0x%04x)\n", ports[i], p, p);
	}

	# the error string persists until changed
	sys->werrstr("first problem");
	a := sys->sprint("%r");
	b := sys->sprint("[%r] [%20r] [%-20r]");
	sys->werrstr("second problem");
	c := sys->sprint("%r");
	sys->print("a=%s\nb=%s\nc=%s\n", a, b, c);

	# an exception string is separate from the error string
	{
		raise "custom: something broke";
	} exception e {
	"custom:*" =>
		sys->print("caught %q; errstr still %q\n", e, sys->sprint("%r"));
	}

	# stat of a missing file also sets the error string
	(rc, nil) := sys->stat("/another/missing/path");
	sys->print("stat rc=%d err=%r\n", rc);

	# writing to a nil fd raises an exception rather than failing softly
	{
		fd: ref Sys->FD;
		n := sys->fprint(fd, "hello\n");
		sys->print("fprint to nil fd returned %d\n", n);
	} exception e {
	"*" =>
		sys->print("fprint to nil fd: exception %q\n", e);
	}
	sys->print("done\n");
}
