implement AltChoice;

# alt with several ready arms: which arm wins. Each step primes the
# channels so that every arm is ready, then records the arm taken.

include "sys.m";
	sys: Sys;
include "draw.m";

AltChoice: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan[1] of int;
	b := chan[1] of int;
	c := chan[1] of int;
	s := "";
	for(i := 0; i < 12; i++){
		a <-= 1;
		b <-= 2;
		alt {
		<-a =>
			s += "a";
			<-b;
		<-b =>
			s += "b";
			<-a;
		}
	}
	sys->print("two recv arms: %s\n", s);

	s = "";
	for(i = 0; i < 12; i++){
		a <-= 1;
		b <-= 2;
		c <-= 3;
		alt {
		<-a =>
			s += "a";
			<-b; <-c;
		<-b =>
			s += "b";
			<-a; <-c;
		<-c =>
			s += "c";
			<-a; <-b;
		}
	}
	sys->print("three recv arms: %s\n", s);

	# a send arm listed after a receive arm
	s = "";
	for(i = 0; i < 12; i++){
		a <-= 1;
		alt {
		<-a =>
			s += "r";
		b <-= 5 =>
			s += "s";
			<-b;
			<-a;
		}
	}
	sys->print("recv then send: %s\n", s);

	# one ready arm still counts as a choice made
	s = "";
	for(i = 0; i < 6; i++){
		a <-= 1;
		alt {
		<-a =>
			s += "a";
		<-c =>
			s += "c";
		}
		a <-= 1;
		b <-= 1;
		alt {
		<-a =>
			s += "A";
			<-b;
		<-b =>
			s += "B";
			<-a;
		}
	}
	sys->print("interleaved: %s\n", s);

	# default arm with ready arms: the default is never taken
	s = "";
	for(i = 0; i < 8; i++){
		a <-= 1;
		b <-= 1;
		alt {
		<-a =>
			s += "a";
			<-b;
		<-b =>
			s += "b";
			<-a;
		* =>
			s += "*";
			<-a; <-b;
		}
	}
	sys->print("with default: %s\n", s);
}
