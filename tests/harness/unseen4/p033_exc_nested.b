implement ExcNested;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcNested: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Resource: adt {
	name: string;
	open: int;
};

opened: list of ref Resource;

acquire(name: string): ref Resource
{
	if(name == "locked")
		raise "busy: " + name;
	r := ref Resource(name, 1);
	opened = r :: opened;
	return r;
}

release(r: ref Resource)
{
	r.open = 0;
}

work(r: ref Resource, n: int): int
{
	if(n % 4 == 3)
		raise "work: failed on " + string n;
	if(n % 5 == 4){
		a := array[n] of int;
		return a[n];
	}
	return n * 2;
}

# run with cleanup whether or not work fails
withresource(name: string, n: int): int
{
	r := acquire(name);
	{
		v := work(r, n);
		release(r);
		return v;
	} exception e {
		"*" =>
			release(r);
			sys->print("  cleanup %s after: %s\n", name, e);
			raise "withresource: " + e;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	ok := 0;
	failed := 0;
	for(i := 0; i < 10; i++){
		name := "res" + string i;
		if(i == 6)
			name = "locked";
		{
			{
				v := withresource(name, i);
				sys->print("%d -> %d\n", i, v);
				ok++;
			} exception e {
				"withresource: work:*" =>
					sys->print("%d recovered work failure\n", i);
					failed++;
					continue;
				"busy:*" =>
					raise "retry later: " + e;
			}
		} exception e2 {
			"retry*" =>
				sys->print("%d outer: %s\n", i, e2);
				failed++;
				continue;
			"withresource:*" =>
				sys->print("%d outer generic: %s\n", i, e2);
				failed++;
		}
		if(i == 8)
			break;
	}
	sys->print("ok %d failed %d\n", ok, failed);
	n := 0;
	for(l := opened; l != nil; l = tl l){
		if((hd l).open)
			sys->print("leak: %s\n", (hd l).name);
		n++;
	}
	sys->fprint(sys->fildes(2), "%d resources acquired, all released\n", n);
}
