implement SysTwice;

include "sys.m";
include "draw.m";
include "math.m";

SysTwice: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	s1 := load Sys Sys->PATH;
	s2 := load Sys "$Sys";
	s1->print("both loaded: %d %d\n", s1 != nil, s2 != nil);
	s2->print("printing through the second handle\n");
	s1->werrstr("set via first");
	s2->print("read via second: %r\n");
	fd1 := s1->fildes(1);
	fd2 := s2->fildes(1);
	s1->print("fildes gives fresh fds: %d\n", fd1.fd != fd2.fd && fd1.fd > 2);
	s2->fprint(fd1, "fprint on fd from the other handle\n");
	m1 := load Math Math->PATH;
	m2 := load Math "$Math";
	s1->print("math twice: %g %g\n", m1->sqrt(2.0), m2->sqrt(2.0));
	s1->werrstr("");
	bad := load Sys "$NoSuchBuiltin";
	if(bad == nil)
		s1->print("bogus builtin: %r\n");
	s1 = nil;
	s2->print("after dropping first: still works\n");
}
