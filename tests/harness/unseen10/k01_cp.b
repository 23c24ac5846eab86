#args: 7
implement Kcp;

include "sys.m";
	sys: Sys;
include "draw.m";

Kcp: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

ROOT: con "/tmp/k01_cp";
bufsize := 8192;

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	if(args != nil)
		args = tl args;
	if(args != nil)
		bufsize = int hd args;
	sys->print("buffer size %d\n", bufsize);

	sys->create(ROOT, Sys->OREAD, Sys->DMDIR|8r755);
	sys->create(ROOT+"/dest", Sys->OREAD, Sys->DMDIR|8r755);
	text := "";
	for(i := 1; i <= 12; i++)
		text += sys->sprint("line %2d: the quick brown fox %d\n", i, i*i);
	putfile(ROOT+"/src.txt", text);

	cp(ROOT+"/src.txt", ROOT+"/copy1.txt");
	cp(ROOT+"/src.txt", ROOT+"/dest");
	cp(ROOT+"/missing.txt", ROOT+"/copy2.txt");
	cp(ROOT+"/src.txt", ROOT+"/nodir/copy3.txt");
	# copying onto itself through a directory target
	cp(ROOT+"/copy1.txt", ROOT+"/dest/");

	for(fl := ROOT+"/src.txt" :: ROOT+"/copy1.txt" :: ROOT+"/dest/src.txt" :: ROOT+"/dest/copy1.txt" :: nil; fl != nil; fl = tl fl){
		f := hd fl;
		s := getfile(f);
		sys->print("%s: %d bytes, same=%d\n", rel(f), len s, s == text);
	}
	sys->remove(ROOT+"/dest/src.txt");
	sys->remove(ROOT+"/dest/copy1.txt");
	sys->remove(ROOT+"/dest");
	sys->remove(ROOT+"/copy1.txt");
	sys->remove(ROOT+"/src.txt");
	if(sys->remove(ROOT) < 0)
		sys->print("cleanup failed: %r\n");
	else
		sys->print("cleaned up\n");
}

rel(s: string): string
{
	if(len s > len ROOT && s[0:len ROOT] == ROOT)
		return s[len ROOT+1:];
	return s;
}

basename(s: string): string
{
	for(i := len s - 1; i >= 0; i--)
		if(s[i] == '/')
			return s[i+1:];
	return s;
}

cp(src, dst: string)
{
	(ok, d) := sys->stat(dst);
	if(ok >= 0 && (d.mode & Sys->DMDIR)){
		if(dst[len dst-1] != '/')
			dst += "/";
		dst += basename(src);
	}
	in := sys->open(src, Sys->OREAD);
	if(in == nil){
		sys->print("cp: cannot open %s: %r\n", rel(src));
		return;
	}
	out := sys->create(dst, Sys->OWRITE, 8r644);
	if(out == nil){
		sys->print("cp: cannot create %s: %r\n", rel(dst));
		return;
	}
	buf := array[bufsize] of byte;
	total := 0;
	nreads := 0;
	for(;;){
		n := sys->read(in, buf, len buf);
		if(n <= 0)
			break;
		nreads++;
		if(sys->write(out, buf, n) != n){
			sys->print("cp: write error: %r\n");
			return;
		}
		total += n;
	}
	sys->print("cp %s -> %s: %d bytes in %d reads\n", rel(src), rel(dst), total, nreads);
}

putfile(name, s: string)
{
	fd := sys->create(name, Sys->OWRITE, 8r644);
	b := array of byte s;
	sys->write(fd, b, len b);
}

getfile(name: string): string
{
	fd := sys->open(name, Sys->OREAD);
	if(fd == nil)
		return "";
	s := "";
	buf := array[100] of byte;
	while((n := sys->read(fd, buf, len buf)) > 0)
		s += string buf[0:n];
	return s;
}
