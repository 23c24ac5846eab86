#args: -n -k 3 -t :
implement SortTool;

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "sort.m";
	sort: Sort;
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

SortTool: module
{
	init: fn(ctxt: ref Draw->Context, args: list of string);
};

FILE: con "/tmp/d27_passwd";

records := array[] of {
	"root:x:0:0:superuser:/root",
	"daemon:x:1:1:daemon:/",
	"rob:x:1002:100:Rob Pike:/usr/rob",
	"ken:x:1001:100:Ken Thompson:/usr/ken",
	"dmr:x:1003:100:Dennis Ritchie:/usr/dmr",
	"nobody:x:65534:65534:nobody:/",
	"bwk:x:1004:100:Brian Kernighan:/usr/bwk",
	"glenda:x:20:20:Bunny:/usr/glenda",
	"Ava:x:1004:100:duplicate uid:/usr/ava",
	"Zoe:x:999:100:Zoe:/usr/zoe",
};

Cmp: adt {
	key: int;
	sep: int;
	numeric: int;
	reverse: int;
	fold: int;

	gt: fn(c: self ref Cmp, x, y: string): int;
};

field(s: string, k, sep: int): string
{
	if(k <= 0)
		return s;
	for(i := 1; i < k; i++){
		(nil, s) = str->splitl(s, sys->sprint("%c", sep));
		if(s == nil)
			return nil;
		s = s[1:];
	}
	(f, nil) := str->splitl(s, sys->sprint("%c", sep));
	return f;
}

Cmp.gt(c: self ref Cmp, x, y: string): int
{
	a := field(x, c.key, c.sep);
	b := field(y, c.key, c.sep);
	r := 0;
	if(c.numeric){
		(na, nil) := str->toint(a, 10);
		(nb, nil) := str->toint(b, 10);
		if(na > nb)
			r = 1;
		else if(na < nb)
			r = -1;
	} else {
		if(c.fold){
			a = str->tolower(a);
			b = str->tolower(b);
		}
		if(a > b)
			r = 1;
		else if(a < b)
			r = -1;
	}
	# ties broken by whole line, keeping output deterministic
	if(r == 0){
		if(x > y)
			r = 1;
		else if(x < y)
			r = -1;
	}
	if(c.reverse)
		r = -r;
	return r > 0;
}

run(argv: list of string, data: array of string)
{
	arg := load Arg Arg->PATH;
	arg->init(argv);
	c := ref Cmp(0, ' ', 0, 0, 0);
	uniq := 0;
	while((o := arg->opt()) != 0)
		case o {
		'n' => c.numeric = 1;
		'r' => c.reverse = 1;
		'f' => c.fold = 1;
		'u' => uniq = 1;
		'k' => c.key = int arg->earg();
		't' =>
			t := arg->earg();
			c.sep = t[0];
		}
	sys->print("== sort key=%d sep=%c numeric=%d reverse=%d fold=%d uniq=%d\n",
		c.key, c.sep, c.numeric, c.reverse, c.fold, uniq);
	a := array[len data] of string;
	a[0:] = data;
	sort->sort(c, a);
	prev := "";
	for(i := 0; i < len a; i++){
		k := field(a[i], c.key, c.sep);
		if(uniq && i > 0 && k == prev)
			continue;
		prev = k;
		sys->print("  %s\n", a[i]);
	}
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	sort = load Sort Sort->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;

	b := bufio->create(FILE, Bufio->OWRITE, 8r644);
	for(i := 0; i < len records; i++)
		b.puts(records[i] + "\n");
	b.close();
	b = bufio->open(FILE, Bufio->OREAD);
	l: list of string;
	while((s := b.gets('\n')) != nil)
		l = s[0:len s - 1] :: l;
	b.close();
	data := array[len l] of string;
	for(i = len data - 1; i >= 0; i--){
		data[i] = hd l;
		l = tl l;
	}

	run(args, data);
	run("sort" :: nil, data);
	run("sort" :: "-f" :: nil, data);
	run("sort" :: "-t:" :: "-k4" :: "-nru" :: nil, data);
	run("sort" :: "-t" :: ":" :: "-k" :: "5" :: "-r" :: nil, data);
	sys->remove(FILE);
}
