#args: hello 'two words' Ünïcode ''
implement @Name@Test;

include "sys.m";
	sys: Sys;
include "draw.m";
include "@name@.m";
	@name@: @Name@;

@Name@Test: module
{
	init:	fn(nil: ref Draw->Context, args: list of string);
};

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	@name@ = load @Name@ @Name@->PATH;
	if(@name@ == nil){
		sys->fprint(sys->fildes(2), "cannot load %s: %r\n", @Name@->PATH);
		raise "fail:load";
	}
	for(args = tl args; args != nil; args = tl args){
		s := hd args;
		sys->print("%q: %d spaces, upper %q\n", s, @name@->count(array of byte s, ' '), @name@->upper(s));
	}
	{
		@name@->count(nil, 256);
	} exception e {
	"@name@:*" =>
		sys->print("caught: %s\n", e);
	}
}
