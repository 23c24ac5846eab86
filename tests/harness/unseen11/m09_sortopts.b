#args: -nr -k 3 -t : -u -x extra1 extra2
implement SortOpts;

include "sys.m";
	sys: Sys;
include "draw.m";

SortOpts: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

passwd := "root:x:0:0:root:/root:/bin/sh\n" +
	"daemon:x:1:1:daemon:/usr/sbin:/bin/false\n" +
	"alice:x:1001:100:Alice A:/home/alice:/bin/rc\n" +
	"bob:x:1002:100:Bob B:/home/bob:/bin/sh\n" +
	"carol:x:999:50:Carol C:/home/carol:/bin/sh\n" +
	"dave:x:1001:100:Dave dup uid:/home/dave:/bin/sh\n" +
	"eve:x:65534:65534:nobody:/nonexistent:/bin/false\n";

numeric := 0;
reverse := 0;
unique := 0;
key := 1;
sep := " ";
stderr: ref Sys->FD;

usage()
{
	sys->fprint(stderr, "usage: sortopts [-nru] [-k field] [-t sep] [file ...]\n");
}

field(line: string, k: int): string
{
	(nil, toks) := sys->tokenize(line, sep);
	# tokenize drops empty fields, good enough for this data
	for(i := 1; toks != nil; toks = tl toks)
		if(i++ == k)
			return hd toks;
	return "";
}

less(a, b: string): int
{
	fa := field(a, key);
	fb := field(b, key);
	c: int;
	if(numeric)
		c = int fa - int fb;
	else if(fa < fb)
		c = -1;
	else if(fa > fb)
		c = 1;
	else
		c = 0;
	if(c == 0){
		if(a < b)
			c = -1;
		else if(a > b)
			c = 1;
	}
	if(reverse)
		c = -c;
	return c < 0;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);

	argv = tl argv;
	while(argv != nil && len hd argv > 1 && (hd argv)[0] == '-'){
		opt := hd argv;
		argv = tl argv;
		if(opt == "--")
			break;
		for(i := 1; i < len opt; i++){
			case opt[i] {
			'n' =>	numeric = 1;
			'r' =>	reverse = 1;
			'u' =>	unique = 1;
			'k' or 't' =>
				v := opt[i+1:];
				if(v == ""){
					if(argv == nil){
						sys->fprint(stderr, "option -%c needs a value\n", opt[i]);
						usage();
						return;
					}
					v = hd argv;
					argv = tl argv;
				}
				if(opt[i] == 'k')
					key = int v;
				else
					sep = v;
				i = len opt;
			* =>
				sys->fprint(stderr, "unknown option -%c ignored\n", opt[i]);
			}
		}
	}
	sys->print("numeric=%d reverse=%d unique=%d key=%d sep=%q rest=%d\n",
		numeric, reverse, unique, key, sep, len argv);
	for(; argv != nil; argv = tl argv)
		sys->print("ignoring operand %s\n", hd argv);

	(n, lines) := sys->tokenize(passwd, "\n");
	a := array[n] of string;
	for(i := 0; lines != nil; lines = tl lines)
		a[i++] = hd lines;
	# shell sort
	for(gap := n/2; gap > 0; gap /= 2)
		for(i = gap; i < n; i++)
			for(j := i - gap; j >= 0 && less(a[j+gap], a[j]); j -= gap)
				(a[j], a[j+gap]) = (a[j+gap], a[j]);
	last := "";
	for(i = 0; i < n; i++){
		f := field(a[i], key);
		if(unique && i > 0 && f == last)
			continue;
		last = f;
		sys->print("%8s  %-8s %s\n", f, field(a[i], 1), field(a[i], 7));
	}
}
