implement Sortlines;

include "sys.m";
	sys: Sys;
include "draw.m";

Sortlines: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

NUMERIC, REVERSE, FOLD: con 1<<iota;

writefile(name: string, s: string)
{
	fd := sys->create(name, Sys->OWRITE, 8r644);
	if(fd == nil)
		raise "fail:create " + name;
	b := array of byte s;
	sys->write(fd, b, len b);
}

readlines(name: string): array of string
{
	fd := sys->open(name, Sys->OREAD);
	if(fd == nil)
		raise "fail:open " + name;
	buf := array[1024] of byte;
	data := "";
	for(;;){
		n := sys->read(fd, buf, len buf);
		if(n <= 0)
			break;
		data += string buf[0:n];
	}
	(nil, l) := sys->tokenize(data, "\n");
	a := array[len l] of string;
	i := 0;
	for(; l != nil; l = tl l)
		a[i++] = hd l;
	return a;
}

lower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}

numval(s: string): int
{
	i := 0;
	while(i < len s && (s[i] == ' ' || s[i] == '\t'))
		i++;
	neg := 0;
	if(i < len s && s[i] == '-'){
		neg = 1;
		i++;
	}
	v := 0;
	while(i < len s && s[i] >= '0' && s[i] <= '9')
		v = v*10 + s[i++] - '0';
	if(neg)
		return -v;
	return v;
}

less(a, b: string, flags: int): int
{
	r := 0;
	if(flags & NUMERIC){
		x := numval(a);
		y := numval(b);
		if(x < y) r = -1; else if(x > y) r = 1;
		if(r == 0){
			if(a < b) r = -1; else if(a > b) r = 1;
		}
	}else if(flags & FOLD){
		la := lower(a);
		lb := lower(b);
		if(la < lb) r = -1; else if(la > lb) r = 1;
	}else{
		if(a < b) r = -1; else if(a > b) r = 1;
	}
	if(flags & REVERSE)
		r = -r;
	return r < 0;
}

msort(a: array of string, flags: int)
{
	if(len a < 2)
		return;
	m := len a / 2;
	l := array[m] of string;
	r := array[len a - m] of string;
	l[0:] = a[0:m];
	r[0:] = a[m:];
	msort(l, flags);
	msort(r, flags);
	i := 0;
	j := 0;
	k := 0;
	while(i < len l && j < len r){
		if(less(r[j], l[i], flags))
			a[k++] = r[j++];
		else
			a[k++] = l[i++];
	}
	while(i < len l)
		a[k++] = l[i++];
	while(j < len r)
		a[k++] = r[j++];
}

show(title: string, a: array of string)
{
	sys->print("-- %s (%d)\n", title, len a);
	for(i := 0; i < len a; i++)
		sys->print("%s\n", a[i]);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	f := "/tmp/r001_in.txt";
	writefile(f, "pear 12\nApple 3\nbanana 100\napple 7\nCherry -4\nfig 12\ndate 0\n");
	a := readlines(f);
	msort(a, 0);
	show("plain", a);
	msort(a, FOLD);
	show("fold", a);
	msort(a, REVERSE);
	show("reverse", a);
	b := array[len a] of string;
	for(i := 0; i < len a; i++){
		(nil, w) := sys->tokenize(a[i], " ");
		b[i] = hd tl w + " " + hd w;
	}
	msort(b, NUMERIC);
	show("numeric", b);
	msort(b, NUMERIC|REVERSE);
	show("numeric reverse", b);
}
