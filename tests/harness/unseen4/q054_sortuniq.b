implement SortUniq;

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "string.m";
	str: String;

SortUniq: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Rec: adt {
	key:	string;
	num:	int;
};

lt(a, b: Rec): int
{
	if(a.num != b.num)
		return a.num < b.num;
	return a.key < b.key;
}

msort(a: array of Rec): array of Rec
{
	if(len a <= 1)
		return a;
	m := len a / 2;
	l := msort(a[0:m]);
	r := msort(a[m:]);
	out := array[len a] of Rec;
	i := 0;
	j := 0;
	for(k := 0; k < len out; k++){
		if(j >= len r || (i < len l && !lt(r[j], l[i])))
			out[k] = l[i++];
		else
			out[k] = r[j++];
	}
	return out;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	str = load String String->PATH;
	name := "/tmp/q054.dat";
	fd := sys->create(name, Sys->OWRITE, 8r644);
	sys->fprint(fd, "pear 12\napple 7\nFig 7\nkiwi 0x1f\nplum -3\napple 7\nfig 7\ndate 100\nkiwi 31\n");
	fd = nil;
	b := bufio->open(name, Bufio->OREAD);
	recs: list of Rec;
	n := 0;
	while((l := b.gets('\n')) != nil){
		(k, v) := str->splitl(l, " ");
		v = str->drop(v, " ");
		num: int;
		rest: string;
		if(len v > 2 && v[0:2] == "0x")
			(num, rest) = str->toint(v[2:], 16);
		else
			(num, rest) = str->toint(v, 10);
		if(rest != "\n")
			sys->print("odd trailing %q\n", rest);
		recs = Rec(str->tolower(k), num) :: recs;
		n++;
	}
	a := array[n] of Rec;
	for(i := n-1; i >= 0; i--){
		a[i] = hd recs;
		recs = tl recs;
	}
	a = msort(a);
	sys->print("sorted %d records:\n", n);
	for(i = 0; i < n; i++)
		sys->print("  %5d %s\n", a[i].num, a[i].key);
	sys->print("uniq -c:\n");
	for(i = 0; i < n; ){
		j := i;
		while(j < n && a[j].key == a[i].key && a[j].num == a[i].num)
			j++;
		sys->print("  %d %s %d\n", j-i, a[i].key, a[i].num);
		i = j;
	}
	sys->remove(name);
}
