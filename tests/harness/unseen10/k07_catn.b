#args: -n one two missing three
implement Kcatn;

include "sys.m";
	sys: Sys;
include "draw.m";

Kcatn: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

DIR: con "/tmp/k07_catn";

lineno := 0;
atstart := 1;
numbermode := 0;	# 0 none, 'n' all lines, 'b' non-blank lines
stdout: ref Sys->FD;

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	stdout = sys->fildes(1);
	sys->create(DIR, Sys->OREAD, Sys->DMDIR|8r700);
	make("one", "first file\nsecond line\n");
	make("two", "\n\nafter two blanks\nno newline at end");
	make("three", "third file\n\n\tindented\n");

	args = tl args;
	files: list of string;
	for(; args != nil; args = tl args){
		a := hd args;
		if(len a > 1 && a[0] == '-')
			numbermode = a[1];
		else
			files = a :: files;
	}
	files = rev(files);

	sys->print("--- mode %c\n", numbermode);
	catall(files);
	numbermode = 'b';
	sys->print("--- mode %c\n", numbermode);
	catall(files);
	numbermode = 0;
	sys->print("--- plain\n");
	catall(files);

	for(l := "one" :: "two" :: "three" :: nil; l != nil; l = tl l)
		sys->remove(DIR+"/"+hd l);
	sys->remove(DIR);
}

catall(files: list of string)
{
	lineno = 0;
	atstart = 1;
	for(f := files; f != nil; f = tl f){
		fd := sys->open(DIR+"/"+hd f, Sys->OREAD);
		if(fd == nil){
			if(!atstart)
				sys->print("\n");
			atstart = 1;
			sys->print("cat: %s: cannot open\n", hd f);
			continue;
		}
		cat(fd);
	}
	if(!atstart)
		sys->print("$\n");
}

cat(fd: ref Sys->FD)
{
	buf := array[10] of byte;
	while((n := sys->read(fd, buf, len buf)) > 0){
		for(i := 0; i < n; i++){
			c := buf[i];
			if(atstart){
				if(numbermode == 'n' || (numbermode == 'b' && c != byte '\n'))
					sys->print("%6d\t", ++lineno);
				atstart = 0;
			}
			sys->write(stdout, buf[i:i+1], 1);
			if(c == byte '\n')
				atstart = 1;
		}
	}
}

make(name, text: string)
{
	fd := sys->create(DIR+"/"+name, Sys->OWRITE, 8r600);
	d := array of byte text;
	sys->write(fd, d, len d);
}

rev(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}
