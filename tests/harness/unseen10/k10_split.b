#args: -l 6 -b 100
implement Ksplit;

include "sys.m";
	sys: Sys;
include "draw.m";

Ksplit: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k10_split";

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	nlines := 1000;
	nbytes := 0;
	for(args = tl args; args != nil && tl args != nil; args = tl tl args)
		case hd args {
		"-l" =>	nlines = int hd tl args;
		"-b" =>	nbytes = int hd tl args;
		}

	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(DIR+"/bylines", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(DIR+"/bybytes", Sys->OREAD, Sys->DMDIR|8r755);
	src := "";
	for(i := 0; i < 27; i++)
		src += sys->sprint("%02d:%s\n", i, stars(i % 9));
	fd := sys->create(DIR+"/input", Sys->OWRITE, 8r644);
	sys->fprint(fd, "%s", src);
	fd = nil;
	sys->print("input: %d bytes\n", len array of byte src);

	n := splitlines(DIR+"/input", DIR+"/bylines/x", nlines);
	sys->print("split -l %d made %d pieces\n", nlines, n);
	report(DIR+"/bylines", src);

	n = splitbytes(DIR+"/input", DIR+"/bybytes/p", nbytes);
	sys->print("split -b %d made %d pieces\n", nbytes, n);
	report(DIR+"/bybytes", src);

	clean(DIR);
}

stars(n: int): string
{
	s := "";
	while(n-- > 0)
		s[len s] = '=';
	return s;
}

suffix(i: int): string
{
	s := "aa";
	s[0] = 'a' + i / 26;
	s[1] = 'a' + i % 26;
	return s;
}

splitlines(in, prefix: string, n: int): int
{
	ifd := sys->open(in, Sys->OREAD);
	buf := array[32] of byte;
	piece := 0;
	lines := 0;
	out: ref Sys->FD;
	while((r := sys->read(ifd, buf, len buf)) > 0){
		start := 0;
		for(i := 0; i < r; i++){
			if(out == nil)
				out = sys->create(prefix+suffix(piece++), Sys->OWRITE, 8r644);
			if(buf[i] == byte '\n'){
				sys->write(out, buf[start:i+1], i+1-start);
				start = i+1;
				if(++lines == n){
					out = nil;
					lines = 0;
				}
			}
		}
		if(start < r)
			sys->write(out, buf[start:r], r-start);
	}
	return piece;
}

splitbytes(in, prefix: string, n: int): int
{
	ifd := sys->open(in, Sys->OREAD);
	buf := array[n] of byte;
	piece := 0;
	while((r := sys->readn(ifd, buf, n)) > 0){
		out := sys->create(prefix+suffix(piece++), Sys->OWRITE, 8r644);
		sys->write(out, buf, r);
	}
	return piece;
}

names(dir: string): array of string
{
	fd := sys->open(dir, Sys->OREAD);
	l: list of string;
	k := 0;
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++){
			l = d[i].name :: l;
			k++;
		}
	}
	a := array[k] of string;
	for(; l != nil; l = tl l)
		a[--k] = hd l;
	for(i := 1; i < len a; i++)
		for(j := i; j > 0 && a[j] < a[j-1]; j--)
			(a[j], a[j-1]) = (a[j-1], a[j]);
	return a;
}

report(dir, orig: string)
{
	a := names(dir);
	whole := "";
	for(i := 0; i < len a; i++){
		fd := sys->open(dir+"/"+a[i], Sys->OREAD);
		(nil, st) := sys->fstat(fd);
		b := array[int st.length] of byte;
		sys->readn(fd, b, len b);
		s := string b;
		nl := 0;
		for(j := 0; j < len s; j++)
			if(s[j] == '\n')
				nl++;
		first := s;
		for(j = 0; j < len s; j++)
			if(s[j] == '\n'){
				first = s[0:j];
				break;
			}
		sys->print("  %s %4bd bytes %2d newlines starts %q\n", a[i], st.length, nl, first);
		whole += s;
	}
	sys->print("  reassembled equals input: %d\n", whole == orig);
}

clean(dir: string)
{
	a := names(dir);
	for(i := 0; i < len a; i++){
		p := dir+"/"+a[i];
		(nil, d) := sys->stat(p);
		if(d.mode & Sys->DMDIR)
			clean(p);
		else
			sys->remove(p);
	}
	sys->remove(dir);
}
