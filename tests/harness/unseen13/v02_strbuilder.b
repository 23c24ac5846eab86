implement StrBuilder;

include "sys.m";
	sys: Sys;
include "draw.m";

StrBuilder: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

Builder: adt {
	buf:	array of byte;
	n:	int;
	grows:	int;

	new:	fn(): ref Builder;
	addc:	fn(b: self ref Builder, c: int);
	adds:	fn(b: self ref Builder, s: string);
	addint:	fn(b: self ref Builder, v: int);
	text:	fn(b: self ref Builder): string;
	reset:	fn(b: self ref Builder);
};

Builder.new(): ref Builder
{
	return ref Builder(array[4] of byte, 0, 0);
}

Builder.addc(b: self ref Builder, c: int)
{
	if(b.n >= len b.buf){
		nb := array[2*len b.buf] of byte;
		nb[0:] = b.buf[0:b.n];
		b.buf = nb;
		b.grows++;
		sys->print("  grow -> %d\n", len nb);
	}
	b.buf[b.n++] = byte c;
}

Builder.adds(b: self ref Builder, s: string)
{
	for(i := 0; i < len s; i++)
		b.addc(s[i]);
}

Builder.addint(b: self ref Builder, v: int)
{
	if(v < 0){
		b.addc('-');
		v = -v;
	}
	digits := array[12] of int;
	k := 0;
	do{
		digits[k++] = '0' + v % 10;
		v /= 10;
	}while(v > 0);
	while(k > 0)
		b.addc(digits[--k]);
}

Builder.text(b: self ref Builder): string
{
	return string b.buf[0:b.n];
}

Builder.reset(b: self ref Builder)
{
	b.n = 0;
}

join(l: list of string, sep: string): string
{
	b := Builder.new();
	first := 1;
	for(; l != nil; l = tl l){
		if(!first)
			b.adds(sep);
		first = 0;
		b.adds(hd l);
	}
	return b.text();
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := Builder.new();
	b.adds("fib:");
	x := 0;
	y := 1;
	for(i := 0; i < 12; i++){
		b.addc(' ');
		b.addint(x);
		(x, y) = (y, x+y);
	}
	sys->print("%s\n", b.text());
	sys->print("bytes=%d cap=%d grows=%d\n", b.n, len b.buf, b.grows);
	b.reset();
	b.addint(-40960);
	b.adds(" & ");
	b.addint(0);
	sys->print("[%s]\n", b.text());
	sys->print("%s\n", join("alpha" :: "beta" :: "gamma" :: "delta" :: nil, ", "));
	sys->print("%s\n", join(nil, "-"));
}
